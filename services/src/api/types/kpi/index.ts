// The KPI engine as the API shows it: summary, series, the analysts' chart, drill-down, and the regional register.
import './kpi-summary.ts';
import './kpi-series.ts';
import './chart.ts';
import './drill-down.ts';
import './risk-register.ts';
