//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function strongestExtension(class_name: string, extensions: string[]): string {
//@@ solution
  let u = 0
  let s = -Infinity
  for (let i = extensions.length - 1; i >= 0; i--) {
    let y = 0
    for (let j = 0; j < extensions[i].length; j++) {
      let k = extensions[i][j].charCodeAt(0)
      if (k >= 65 && k <= 90) { y += 1 }
      if (k >= 97 && k <= 122) { y -= 1 }
    }
    if (y >= s) {
      s = y;
      u = i;
    }
  }
  return class_name + '.' + extensions[u]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStrongestExtension = () => {
  assert.ok(
    strongestExtension('Watashi', ['tEN', 'niNE', 'eIGHt8OKe']) ===
    'Watashi.eIGHt8OKe'
  )
  assert.ok(
    strongestExtension('Boku123', [
      'nani',
      'NazeDa',
      'YEs.WeCaNe',
      '32145tggg',
    ]) === 'Boku123.YEs.WeCaNe'
  )
  assert.ok(
    strongestExtension('__YESIMHERE', [
      't',
      'eMptY',
      'nothing',
      'zeR00',
      'NuLl__',
      '123NoooneB321',
    ]) === '__YESIMHERE.NuLl__'
  )
  assert.ok(
    strongestExtension('K', ['Ta', 'TAR', 't234An', 'cosSo']) === 'K.TAR'
  )
  assert.ok(
    strongestExtension('__HAHA', ['Tab', '123', '781345', '-_-']) ===
    '__HAHA.123'
  )
  assert.ok(
    strongestExtension('YameRore', [
      'HhAas',
      'okIWILL123',
      'WorkOut',
      'Fails',
      '-_-',
    ]) === 'YameRore.okIWILL123'
  )
  assert.ok(
    strongestExtension('finNNalLLly', ['Die', 'NowW', 'Wow', 'WoW']) ===
    'finNNalLLly.WoW'
  )
  assert.ok(strongestExtension('_', ['Bb', '91245']) === '_.Bb')
  assert.ok(strongestExtension('Sp', ['671235', 'Bb']) === 'Sp.671235')
}

testStrongestExtension()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testStrongestExtension = () => {
  assert.ok(
    strongestExtension('my_class', ['AA', 'Be', 'CC']) ===
    'my_class.AA'
  )
}
testStrongestExtension()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
