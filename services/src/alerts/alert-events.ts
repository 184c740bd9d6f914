/** Who recorded an alert event that no person submitted: the evaluator and the deliverer. */
export const ALERTS_SYSTEM_USER = 'system:alerts';
