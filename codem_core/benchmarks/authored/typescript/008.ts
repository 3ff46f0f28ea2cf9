//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sumProduct(numbers: number[]): [number, number] {
//@@ solution
  var sum_value = 0, prod_value = 1;
  for (const n of numbers) {
    sum_value += n;
    prod_value *= n;
  }
  return [sum_value, prod_value];
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSumProduct = () => {
  assert.ok(JSON.stringify(sumProduct([])) === JSON.stringify([0, 1]))
  assert.ok(
    JSON.stringify(sumProduct([1, 1, 1])) === JSON.stringify([3, 1])
  )
  assert.ok(
    JSON.stringify(sumProduct([100, 0])) === JSON.stringify([100, 0])
  )
  assert.ok(
    JSON.stringify(
      sumProduct([3, 5, 7])) === JSON.stringify([3 + 5 + 7, 3 * 5 * 7])
  )
  assert.ok(JSON.stringify(sumProduct([10])) === JSON.stringify([10, 10]))
}

testSumProduct()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSumProduct = () => {
  assert.ok(JSON.stringify(sumProduct([])) === JSON.stringify([0, 1]))
  assert.ok(
    JSON.stringify(sumProduct([1, 2,3,4])) === JSON.stringify([10, 24])
  )
}
testSumProduct()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Hand fix: typed by hand; dropped the unused second parameter `int` of the JS declaration (HumanEval has one parameter).
