// Alerts: rules the chair and analysts keep, and the notifications their firings make.
import './alert-rule.ts';
import './alert-results.ts';
import './alert-mutations.ts';
import './notifications.ts';
