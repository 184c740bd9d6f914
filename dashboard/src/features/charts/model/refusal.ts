/** What the server said when it refused a chart: its stable code and the argument at fault. */
export interface ChartRefusal {
  readonly code: string;
  readonly field: string | null;
  readonly message: string;
}

/**
 * The catalogue key that tells a person, in their language, why the chart was refused. Chosen by
 * the refusal's code and field (stable parts of the contract), never by the server's English text.
 */
export const refusalKey = (refusal: ChartRefusal) => {
  const field = refusal.field ?? '';
  switch (refusal.code) {
    case 'INVALID_PERIOD':
      return field.endsWith('.to') ? 'charts.refusal.periodOrder' : 'charts.refusal.period';
    case 'TOO_MANY_GROUPS':
      return 'charts.refusal.tooManyGroups';
    case 'INVALID_COMBINATION':
      return field.startsWith('measures')
        ? 'charts.refusal.measures'
        : field.startsWith('dimensions')
          ? 'charts.refusal.dimensions'
          : 'charts.refusal.combination';
    case 'ACCESS_DENIED':
      return 'charts.refusal.accessDenied';
    case 'INVALID_FILTER':
      return 'charts.refusal.filter';
    default:
      return 'charts.refusal.other';
  }
};
