//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function exchange(lst1: number[], lst2: number[]): string {
//@@ solution
  let k = lst1.length
  let t = 0
  for (let i = 0; i < lst1.length; i++) {
    if (lst1[i] % 2 == 0) { t++ }
  }
  for (let i = 0; i < lst2.length; i++) {
    if (lst2[i] % 2 == 0) { t++ }
  }
  if (t >= k) { return 'YES' }
  return 'NO'
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testExchange = () => {
  assert.ok(exchange([1, 2, 3, 4], [1, 2, 3, 4]) === 'YES')
  assert.ok(exchange([1, 2, 3, 4], [1, 5, 3, 4]) === 'NO')
  assert.ok(exchange([1, 2, 3, 4], [2, 1, 4, 3]) === 'YES')
  assert.ok(exchange([5, 7, 3], [2, 6, 4]) === 'YES')
  assert.ok(exchange([5, 7, 3], [2, 6, 3]) === 'NO')
  assert.ok(exchange([3, 2, 6, 1, 8, 9], [3, 5, 5, 1, 1, 1]) === 'NO')
  assert.ok(exchange([100, 200], [200, 200]) === 'YES')
}

testExchange()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testExchange = () => {
  assert.ok(exchange([1, 2, 3, 4], [1, 2, 3, 4]) === 'YES')
  assert.ok(exchange([1, 2, 3, 4], [1, 5, 3, 4]) === 'NO')
}
testExchange()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
