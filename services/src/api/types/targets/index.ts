// The chair's targets: setting and withdrawing them, and reading them with their status.
import './target-mutations.ts';
import './targets-query.ts';
