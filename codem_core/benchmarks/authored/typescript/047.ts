//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function median(l: number[]): number {
//@@ solution
  l.sort((a, b) => a - b);
  var len = l.length;
  if (l.length % 2 == 1)
    return l[Math.floor(len / 2)];
  else
    return (l[len / 2 - 1] + l[len / 2]) / 2.0;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMedian = () => {
  assert.ok(median([3, 1, 2, 4, 5]) === 3)
  assert.ok(median([-10, 4, 6, 1000, 10, 20]) === 8.0)
  assert.ok(median([5]) === 5)
  assert.ok(median([6, 5]) === 5.5)
  assert.ok(median([8, 1, 3, 9, 9, 2, 7]) === 7)
}

testMedian()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMedian = () => {
  assert.ok(median([3, 1, 2, 4, 5]) === 3)
  assert.ok(median([-10, 4, 6, 1000, 10, 20]) === 8.0)
}
testMedian()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
