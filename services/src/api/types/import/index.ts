// Spreadsheet import: the layouts and templates, and the progress of a running import.
import './templates.ts';
import './import-job.ts';
