// Outcomes: perception surveys and citizen receptions, recorded by officers and read by region.
import './outcome-mutations.ts';
import './outcome-queries.ts';
