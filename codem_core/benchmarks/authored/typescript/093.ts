//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function encode(message: string): string {
//@@ solution
  let t = ''
  for (let i = 0; i < message.length; i++) {
    let p = message[i].charCodeAt(0)
    if (p > 96) { p -= 32 }
    else if (p!=32 && p < 96) { p += 32 }
    if (p == 65 || p == 97 || p == 69 || p == 101 || p == 73 || p == 105 || p == 79 || p == 111 || p == 85 || p == 117) { p += 2 }
    t += String.fromCharCode(p)
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testEncode = () => {
  assert.ok(encode('TEST') === 'tgst')
  assert.ok(encode('Mudasir') === 'mWDCSKR')
  assert.ok(encode('YES') === 'ygs')
  assert.ok(encode('This is a message') === 'tHKS KS C MGSSCGG')
  assert.ok(
    encode('I DoNt KnOw WhAt tO WrItE') === 'k dQnT kNqW wHcT Tq wRkTg'
  )
}

testEncode()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testEncode = () => {
  assert.ok(encode('test') === 'TGST')
  assert.ok(encode('This is a message') === 'tHKS KS C MGSSCGG')
}
testEncode()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
