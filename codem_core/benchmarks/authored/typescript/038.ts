//@@ header
//@@ helpers
/*
  returns encoded string by cycling groups of three characters.
  */
const encodeCyclic = (s: string): string => {
  var groups: string[] = [], groups2: string[] = [];
  for (let i = 0; i < Math.floor((s.length + 2) / 3); i++) {
    groups.push(s.slice(3 * i, Math.min((3 * i + 3), s.length)));
  }
  for (const group of groups) {
    if (group.length == 3)
      groups2.push(group.slice(1) + group[0]);
    else
      groups2.push(group);
  }
  return groups2.join('');
}
//@@ doc_append
//@@ signature
function decodeCyclic(s: string): string {
//@@ solution
  return encodeCyclic(encodeCyclic(s));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDecodeCyclic = () => {
  // Seeded PRNG (mulberry32) instead of Math.random: the same completion always meets the same inputs.
  let prngState = 38;
  const seededRandom = (): number => {
    prngState = (prngState + 0x6D2B79F5) | 0;
    let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = new Array(26)
    .fill(null)
    .map((v, i) => String.fromCharCode(97 + i));

  for (let i = 0; i < 100; i++) {
    let str: string = new Array(Math.floor(seededRandom() * 20)).fill(null).map(item => letters[Math.floor(seededRandom() * letters.length)]).join('');
    let encoded_str = encodeCyclic(str);
    assert.ok(decodeCyclic(encoded_str) === str);
  }
}

testDecodeCyclic()

export {};
//@@ example_test
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Hand fix: helper and signature typed by hand; test builds its random string in one expression (reassigning an any[] variable to a string is a type error).
Hand fix: random inputs come from a seeded PRNG (mulberry32, seed 38) in the test instead of Math.random, so a completion's verdict is reproducible.
