//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fruitDistribution(s: string, n: number): number {
//@@ solution
  var lis = [];
  for (const i of s.split(" "))
    if (!isNaN(Number(i)))
      lis.push(Number(i))
  return n - lis.reduce(((prev, item) => prev + item), 0);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFruitDistribution = () => {
  assert.ok(fruitDistribution('5 apples and 6 oranges', 19) === 8)
  assert.ok(fruitDistribution('5 apples and 6 oranges', 21) === 10)
  assert.ok(fruitDistribution('0 apples and 1 oranges', 3) === 2)
  assert.ok(fruitDistribution('1 apples and 0 oranges', 3) === 2)
  assert.ok(fruitDistribution('2 apples and 3 oranges', 100) === 95)
  assert.ok(fruitDistribution('2 apples and 3 oranges', 5) === 0)
  assert.ok(fruitDistribution('1 apples and 100 oranges', 120) === 19)
}

testFruitDistribution()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFruitDistribution = () => {
  assert.ok(fruitDistribution('5 apples and 6 oranges', 19) === 8)
  assert.ok(fruitDistribution('0 apples and 1 oranges', 3) === 2)
  assert.ok(fruitDistribution('2 apples and 3 oranges', 100) === 95)
  assert.ok(fruitDistribution('1 apples and 100 oranges', 120) === 19)
}
testFruitDistribution()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: isNaN takes a number in TS; Number(i) is the coercion JS's isNaN did.
