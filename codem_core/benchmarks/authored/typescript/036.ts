//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fizzBuzz(n: number): number {
//@@ solution
  var ns = [], ans = 0;
  for (let i = 0; i < n; i++)
    if (i % 11 == 0 || i % 13 == 0)
      ns.push(i);
  var s = ns.map(x => x.toString()).join('');
  for (const c of s)
    ans += (c == '7') ? 1 : 0;
  return ans;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFizzBuzz = () => {
  assert.ok(fizzBuzz(50) === 0)
  assert.ok(fizzBuzz(78) === 2)
  assert.ok(fizzBuzz(79) === 3)
  assert.ok(fizzBuzz(100) === 3)
  assert.ok(fizzBuzz(200) === 6)
  assert.ok(fizzBuzz(4000) === 192)
  assert.ok(fizzBuzz(10000) === 639)
  assert.ok(fizzBuzz(100000) === 8026)
}

testFizzBuzz()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFizzBuzz = () => {
  assert.ok(fizzBuzz(50) === 0)
  assert.ok(fizzBuzz(78) === 2)
  assert.ok(fizzBuzz(79) === 3)
}
testFizzBuzz()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: boolean added to a number made explicit (type error in TS).
