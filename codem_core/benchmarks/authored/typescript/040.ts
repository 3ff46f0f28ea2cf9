//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function triplesSumToZero(l: number[]): boolean {
//@@ solution
  for (let i = 0; i < l.length; i++)
    for (let j = i + 1; j < l.length; j++)
      for (let k = j + 1; k < l.length; k++)
        if (l[i] + l[j] + l[k] == 0)
          return true;
  return false;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testTriplesSumToZero = () => {
  assert.ok(triplesSumToZero([1, 3, 5, 0]) === false)
  assert.ok(triplesSumToZero([1, 3, 5, -1]) === false)
  assert.ok(triplesSumToZero([1, 3, -2, 1]) === true)
  assert.ok(triplesSumToZero([1, 2, 3, 7]) === false)
  assert.ok(triplesSumToZero([1, 2, 5, 7]) === false)
  assert.ok(triplesSumToZero([2, 4, -5, 3, 9, 7]) === true)
  assert.ok(triplesSumToZero([1]) === false)
  assert.ok(triplesSumToZero([1, 3, 5, -100]) === false)
  assert.ok(triplesSumToZero([100, 3, 5, -100]) === false)
}

testTriplesSumToZero()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testTriplesSumToZero = () => {
  assert.ok(triplesSumToZero([1, 3, 5, 0]) === false)
  assert.ok(triplesSumToZero([1, 3, -2, 1]) === true)
  assert.ok(triplesSumToZero([1, 2, 3, 7]) === false)
  assert.ok(triplesSumToZero([2, 4, -5, 3, 9, 7]) === true)
}
testTriplesSumToZero()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
