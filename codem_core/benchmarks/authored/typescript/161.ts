//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function solve(s: string): string {
//@@ solution
  let t = 0
  let p = ''
  for (let i = 0; i < s.length; i++) {
    let y = s[i].charCodeAt(0)
    if (y >= 65 && y <= 90) {
      y += 32;
      t = 1;
    } else if (y >= 97 && y <= 122) {
      y -= 32;
      t = 1;
    }
    p += String.fromCharCode(y)
  }
  if (t == 1) { return p }
  let u = ''
  for (let i = 0; i < p.length; i++) {
    u += p[p.length - i - 1]
  }
  return u
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSolve = () => {
  assert.ok(solve('AsDf') === 'aSdF')
  assert.ok(solve('1234') === '4321')
  assert.ok(solve('ab') === 'AB')
  assert.ok(solve('#a@C') === '#A@c')
  assert.ok(solve('#AsdfW^45') === '#aSDFw^45')
  assert.ok(solve('#6@2') === '2@6#')
  assert.ok(solve('#$a^D') === '#$A^d')
  assert.ok(solve('#ccc') === '#CCC')
}

testSolve()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSolve = () => {
  assert.ok(solve('1234') === '4321')
  assert.ok(solve('ab') === 'AB')
  assert.ok(solve('#a@C') === '#A@c')
}
testSolve()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
