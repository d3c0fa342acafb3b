/**
 * Satisfaction arithmetic shared by recording a follow-up and the reports. NPS counts answers to the
 * "would you recommend us" question on 0–10: promoters 9–10, detractors 0–6, NPS = % promoters − % detractors.
 * CSAT is the share of 1–5 answers that are 4 or 5. Both are whole percentages, null when nobody answered.
 */
export type SurveyScale = 'five' | 'eleven';

export const SCALE_RANGE: Record<SurveyScale, { min: number; max: number }> = {
  five: { min: 1, max: 5 },
  eleven: { min: 0, max: 10 },
};

export const isPromoter = (score: number): boolean => score >= 9;
export const isDetractor = (score: number): boolean => score <= 6;

const percent = (part: number, whole: number): number => Math.round((part / whole) * 1000) / 10;

/** −100 … 100, one decimal; null with no answers. */
export function npsOf(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  const promoters = scores.filter(isPromoter).length;
  const detractors = scores.filter(isDetractor).length;
  return percent(promoters - detractors, scores.length);
}

/** 0 … 100, one decimal; null with no answers. */
export function csatOf(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  return percent(scores.filter((s) => s >= 4).length, scores.length);
}

export function averageOf(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

/** An overall 1–5 from the items when the caller gives none: the mean, a 0–10 scale mapped onto 1–5. */
export function overallFrom(scale: SurveyScale, scores: readonly number[]): number | null {
  const mean = averageOf(scores);
  if (mean === null) return null;
  const five = scale === 'five' ? mean : 1 + (mean * 4) / 10;
  return Math.min(5, Math.max(1, Math.round(five)));
}

export type Outcome = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';

/** The follow-up's outcome from its overall 1–5 score (5 very satisfied, 4 satisfied, 3 neutral, below dissatisfied). */
export function outcomeOf(overall: number): Outcome {
  if (overall >= 5) return 'very_satisfied';
  if (overall >= 4) return 'satisfied';
  if (overall >= 3) return 'neutral';
  return 'dissatisfied';
}
