//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function parseMusic(music_string: string): number[] {
//@@ solution
  const note_map = {'o': 4, 'o|': 2, '.|': 1};
  return music_string.split(' ').filter(x => x != '').map(x => note_map[x]);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testParseMusic = () => {
  assert.ok(JSON.stringify(parseMusic('')) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(parseMusic('o o o o')) === JSON.stringify([4, 4, 4, 4])
  )
  assert.ok(
    JSON.stringify(parseMusic('.| .| .| .|')) === JSON.stringify([1, 1, 1, 1])
  )
  assert.ok(
    JSON.stringify(parseMusic('o| o| .| .| o o o o')) ===
      JSON.stringify([2, 2, 1, 1, 4, 4, 4, 4])
  )
  assert.ok(
    JSON.stringify(parseMusic('o| .| o| .| o o| o o|')) ===
      JSON.stringify([2, 1, 2, 1, 4, 2, 4, 2])
  )
}

testParseMusic()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testParseMusic = () => {
  assert.ok(JSON.stringify(parseMusic('o o| .| o| o| .| .| .| .| o o')) === JSON.stringify([4, 2, 1, 2, 2, 1, 1, 1, 1, 4, 4]))
}
testParseMusic()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
