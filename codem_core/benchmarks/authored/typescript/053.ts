//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function add(x: number, y: number): number {
//@@ solution
  return x + y;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAdd = () => {
  // Seeded PRNG (mulberry32) instead of Math.random: the same completion always meets the same inputs.
  let prngState = 53;
  const seededRandom = (): number => {
    prngState = (prngState + 0x6D2B79F5) | 0;
    let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const getRandomIntInclusive = (min = 0, max = 9) => {
    min = Math.ceil(min)
    max = Math.floor(max)
    return Math.floor(seededRandom() * (max - min + 1)) + min //含最大值，含最小值
  }

  assert.ok(add(0, 1) === 1)
  assert.ok(add(1, 0) === 1)
  assert.ok(add(2, 3) === 5)
  assert.ok(add(5, 7) === 12)
  assert.ok(add(7, 5) === 12)

  for (let i = 0; i < 100; i++) {
    let x = getRandomIntInclusive()
    let y = getRandomIntInclusive()
    assert.ok(x + y === add(x, y))
  }
}

testAdd()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAdd = () => {
  // Seeded PRNG (mulberry32) instead of Math.random: the same completion always meets the same inputs.
  let prngState = 53;
  const seededRandom = (): number => {
    prngState = (prngState + 0x6D2B79F5) | 0;
    let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const getRandomIntInclusive = (min = 0, max = 9) => {
    min = Math.ceil(min)
    max = Math.floor(max)
    return Math.floor(seededRandom() * (max - min + 1)) + min //含最大值，含最小值
  }
  assert.ok(add(2, 3) === 5)
  assert.ok(add(5, 7) === 12)
}
testAdd()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: random inputs come from a seeded PRNG (mulberry32, seed 53) in the test instead of Math.random, so a completion's verdict is reproducible.
