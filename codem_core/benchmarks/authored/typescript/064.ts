//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function vowelsCount(s: string): number {
//@@ solution
  var vowels = "aeiouAEIOU";
  var n_vowels = s.split('').reduce((prev, item) => {
    return prev + (vowels.includes(item) ? 1 : 0);
  }, 0);
  if (s.at(-1) == 'y' || s.at(-1) == 'Y')
    n_vowels += 1;
  return n_vowels;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testVowelsCount = () => {
  assert.ok(vowelsCount('abcde') === 2)
  assert.ok(vowelsCount('Alone') === 3)
  assert.ok(vowelsCount('key') === 2)
  assert.ok(vowelsCount('bye') === 1)
  assert.ok(vowelsCount('keY') === 2)
  assert.ok(vowelsCount('bYe') === 1)
  assert.ok(vowelsCount('ACEDY') === 3)
}

testVowelsCount()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testVowelsCount = () => {
  assert.ok(vowelsCount('abcde') === 2)
  assert.ok(vowelsCount('ACEDY') === 3)
}
testVowelsCount()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: boolean added to a number made explicit.
