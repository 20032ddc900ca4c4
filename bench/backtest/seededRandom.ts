/** A small seeded generator (mulberry32) so a simulated day is the same day on every run and machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  uniform(low: number, high: number): number;
  /** Minutes until the next event of a Poisson process with `perMinute` events per minute. */
  exponential(perMinute: number): number;
  /** A lognormal draw with the given mean and standard deviation (not those of its logarithm). */
  lognormal(mean: number, sd: number): number;
  pickWeighted<T>(choices: readonly { value: T; weight: number }[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const standardNormal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

  return {
    next,
    uniform: (low, high) => low + (high - low) * next(),
    exponential: (perMinute) => -Math.log(1 - next()) / perMinute,
    lognormal(mean, sd) {
      const sigmaSquared = Math.log(1 + (sd * sd) / (mean * mean));
      return Math.exp(Math.log(mean) - sigmaSquared / 2 + Math.sqrt(sigmaSquared) * standardNormal());
    },
    pickWeighted(choices) {
      const total = choices.reduce((sum, c) => sum + c.weight, 0);
      let remaining = next() * total;
      for (const choice of choices) {
        remaining -= choice.weight;
        if (remaining < 0) return choice.value;
      }
      return choices[choices.length - 1].value;
    },
  };
}
