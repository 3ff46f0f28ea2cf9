//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function encrypt(s: string): string {
//@@ solution
  let t = ''
  for (let i = 0; i < s.length; i++) {
    let p = s[i].charCodeAt(0) + 4
    if (p > 122) { p -= 26 }
    t += String.fromCharCode(p)
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testEncrypt = () => {
  assert.ok(encrypt('hi') === 'lm')
  assert.ok(encrypt('asdfghjkl') === 'ewhjklnop')
  assert.ok(encrypt('gf') === 'kj')
  assert.ok(encrypt('et') === 'ix')
  assert.ok(encrypt('faewfawefaewg') === 'jeiajeaijeiak')
  assert.ok(encrypt('hellomyfriend') === 'lippsqcjvmirh')
  assert.ok(
    encrypt('dxzdlmnilfuhmilufhlihufnmlimnufhlimnufhfucufh') ===
    'hbdhpqrmpjylqmpyjlpmlyjrqpmqryjlpmqryjljygyjl'
  )
  assert.ok(encrypt('a') === 'e')
}

testEncrypt()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testEncrypt = () => {
  assert.ok(encrypt('hi') === 'lm')
  assert.ok(encrypt('asdfghjkl') === 'ewhjklnop')
  assert.ok(encrypt('gf') === 'kj')
  assert.ok(encrypt('et') === 'ix')
}
testEncrypt()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
