// Alerts: rules the chair and analysts keep, the notifications their firings make, and the chair's report schedules.
import './alert-rule.ts';
import './alert-results.ts';
import './alert-mutations.ts';
import './notifications.ts';
import './report-schedules.ts';
