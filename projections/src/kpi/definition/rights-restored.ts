/**
 * The rights-restored KPIs, as the methodology states them: "cases, people (sum), money (sum,
 * KZT), dated in the period". A case counts in its own region, sphere and organization, or its
 * risk's where it omits them (query/view.ts), and answers the cause-category, source and district
 * filters through the risk it names. The engine's scan is query/aggregate-rights.ts.
 */

/**
 * rights restored, money (KZT): the state keeps whole hundredths of a tenge so that sums stay
 * exact; a sum (or one case) is shown in tenge.
 */
export const kztOf = (hundredths: number): number => hundredths / 100;
