//@@ header
//@@ helpers
/*
  returns encoded string by shifting every character by 5 in the alphabet.
  */
const encodeShift = (s: string): string => {
  return s.split("").map(ch => String.fromCharCode(
    ((ch.charCodeAt(0) + 5 - "a".charCodeAt(0)) % 26) + "a".charCodeAt(0)
  )).join("");
}
//@@ doc_append
//@@ signature
function decodeShift(s: string): string {
//@@ solution
  return s.split("").map(ch => String.fromCharCode(
    ((ch.charCodeAt(0) - 5 + 26 - "a".charCodeAt(0)) % 26) + "a".charCodeAt(0)
  )).join("");
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDecodeShift = () => {
  // Seeded PRNG (mulberry32) instead of Math.random: the same completion always meets the same inputs.
  let prngState = 50;
  const seededRandom = (): number => {
    prngState = (prngState + 0x6D2B79F5) | 0;
    let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
    const letters = new Array(26)
    .fill(null)
    .map((v, i) => String.fromCharCode(97 + i))

    for (let i = 0; i < 100; i++) {
      let str: string = new Array(Math.floor(seededRandom() * 20)).fill(null).map(item => letters[Math.floor(seededRandom() * letters.length)]).join('');
      let encoded_str = encodeShift(str)
      assert.ok(decodeShift(encoded_str) === str)
    }

}

testDecodeShift()

export {};
//@@ example_test
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Hand fix: helper and signature typed by hand; test builds its random string in one expression.
Hand fix: random inputs come from a seeded PRNG (mulberry32, seed 50) in the test instead of Math.random, so a completion's verdict is reproducible.
