/** What the register shows and the forms pick from: a region's open risks and its recommendations. */
export interface OpenRisk {
  readonly riskId: string;
  /** Where the work sits, for a central body's risk (the body's forms place their record there). */
  readonly region?: string;
  readonly organization: string;
  readonly process: string;
  readonly sphere: string;
  readonly causeCategory: string;
  readonly identifiedOn: string;
  readonly revision: number | null;
}

export interface DueRecommendation {
  readonly recommendationId: string;
  readonly riskId: string;
  readonly organization: string;
  readonly text: string;
  readonly dueOn: string;
  readonly issuedOn: string;
  readonly revision: number | null;
  /** Where its risk sits, for a central body's recommendation. */
  readonly region?: string;
}

/** The thing a row action acts on, carried to its form so the form can name it. */
export interface Subject {
  readonly organization: string;
  readonly process?: string;
  readonly text?: string;
  readonly revision?: number | null;
  readonly date?: string;
  /** Where the thing sits, for a central body's record: its forms place a new record there too. */
  readonly region?: string;
}
