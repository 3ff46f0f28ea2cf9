//@@ header
//@@ helpers
/*
  Evaluates polynomial with coefficients xs at point x.
  return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
  */
const poly = (xs: number[], x: number): number => {
  return xs.reduce((prev, item, index) => {
    return prev + item * Math.pow(x, index);
  }, 0);
}
//@@ doc_append
//@@ signature
function findZero(xs: number[]): number {
//@@ solution
  var begin = -1.0, end = 1.0;
  while (poly(xs, begin) * poly(xs, end) > 0) {
    begin *= 2.0;
    end *= 2.0;
  }
  while (end - begin > 1e-10) {
    let center = (begin + end) / 2.0;
    if (poly(xs, center) * poly(xs, begin) > 0)
      begin = center;
    else
      end = center;
  }
  return begin;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testfindZero = () => {
  // Seeded PRNG (mulberry32) instead of Math.random: the same completion always meets the same inputs.
  let prngState = 32;
  const seededRandom = (): number => {
    prngState = (prngState + 0x6D2B79F5) | 0;
    let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const getRandomIntInclusive = (min = 0, max = 9) => {
    min = Math.ceil(min)
    max = Math.floor(max)
    return Math.floor(seededRandom() * (max - min + 1)) + min
  }

  for (let i = 0; i < 100; i++) {
    let ncoeff = 2 * getRandomIntInclusive(1, 4);
    let coeffs = [];
    for (let j = 0; j < ncoeff; j++) {
      let coeff = getRandomIntInclusive(-10, 10);
      if (coeff === 0)
        coeff = 1;
      coeffs.push(coeff);
    }
    let solution = findZero(coeffs);
    assert.ok(Math.abs(poly(coeffs, solution)) < 1e-4);
  }
}
testfindZero()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testPoly = () => {
  assert.ok(Math.abs(findZero([1,2])+0.5) < 1e-4);
  assert.ok(Math.abs(findZero([-6,11,-6,1])-1) < 1e-4);
}
testPoly()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Hand fix: helper and signature typed by hand.
Hand fix: example_test called an undefined testfindZero and applied Math.abs to comparisons (upstream bugs); fixed.
Hand fix: random inputs come from a seeded PRNG (mulberry32, seed 32) in the test instead of Math.random, so a completion's verdict is reproducible.
