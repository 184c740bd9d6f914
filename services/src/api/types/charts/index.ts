// Saved charts and boards: the types register themselves on the builder when imported.
import './saved-chart-spec.ts';
import './saved-chart.ts';
import './chart-results.ts';
import './chart-mutations.ts';
