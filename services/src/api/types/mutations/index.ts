// The submission mutations: one per command, each answering a typed result a form can show.
import './risk-mutations.ts';
import './recommendation-mutations.ts';
import './transformation-mutations.ts';
import './right-mutations.ts';
import './submission-issues.ts';
