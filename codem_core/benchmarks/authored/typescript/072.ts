//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function willItFly(q: number[], w: number): boolean {
//@@ solution
  if (q.reduce(((prev, item) => prev + item), 0) > w)
    return false;
  var i = 0, j = q.length - 1;
  while (i < j) {
    if (q[i] != q[j])
      return false;
    i++;
    j--;
  }
  return true;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testWillItFly = () => {
  assert.ok(willItFly([3, 2, 3], 9) === true)
  assert.ok(willItFly([1, 2], 5) === false)
  assert.ok(willItFly([3], 5) === true)
  assert.ok(willItFly([3, 2, 3], 1) === false)
  assert.ok(willItFly([1, 2, 3], 6) === false)
  assert.ok(willItFly([5], 5) === true)
}

testWillItFly()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testWillItFly = () => {
  assert.ok(willItFly([3, 2, 3], 9) === true)
  assert.ok(willItFly([1, 2], 5) === false)
  assert.ok(willItFly([3], 5) === true)
  assert.ok(willItFly([3, 2, 3], 1) === false)
}
testWillItFly()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
