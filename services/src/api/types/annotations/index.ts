// What the chair and analysts say about the figures: the report's commentary and comments on figures.
import './annotation-mutations.ts';
import './annotation-queries.ts';
