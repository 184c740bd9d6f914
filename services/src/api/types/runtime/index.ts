// The projection runtime as the API shows it: read models' health, and live KPI changes.
import './projection-status.ts';
import './kpi-changed.ts';
