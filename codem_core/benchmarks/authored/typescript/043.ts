//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function pairsSumToZero(l: number[]): boolean {
//@@ solution
  for (let i = 0; i < l.length; i++)
    for (let j = i + 1; j < l.length; j++)
      if (l[i] + l[j] == 0)
        return true;
  return false;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testPairsSumToZero = () => {
  assert.ok(pairsSumToZero([1, 3, 5, 0]) === false)
  assert.ok(pairsSumToZero([1, 3, -2, 1]) === false)
  assert.ok(pairsSumToZero([1, 2, 3, 7]) === false)
  assert.ok(pairsSumToZero([2, 4, -5, 3, 5, 7]) === true)
  assert.ok(pairsSumToZero([1]) === false)
  assert.ok(pairsSumToZero([-3, 9, -1, 3, 2, 30]) === true)
  assert.ok(pairsSumToZero([-3, 9, -1, 3, 2, 31]) === true)
  assert.ok(pairsSumToZero([-3, 9, -1, 4, 2, 30]) === false)
  assert.ok(pairsSumToZero([-3, 9, -1, 4, 2, 31]) === false)
}

testPairsSumToZero()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testPairsSumToZero = () => {
  assert.ok(pairsSumToZero([1, 3, 5, 0]) === false)
  assert.ok(pairsSumToZero([1, 3, -2, 1]) === false)
  assert.ok(pairsSumToZero([1, 2, 3, 7]) === false)
  assert.ok(pairsSumToZero([2, 4, -5, 3, 5, 7]) === true)
}
testPairsSumToZero()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
