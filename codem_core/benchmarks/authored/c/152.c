//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
game and guess both have length elements; out receives length ints.
//@@ signature
void compare(int* game, int* guess, int* out, int length) {
//@@ solution
    for (int i = 0; i < length; i++) {
        out[i] = abs(game[i] - guess[i]);
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int game[] = {1, 2, 3, 4, 5, 1}; int guess[] = {1, 2, 3, 4, 2, -2}; int out[16] = {0}; compare(game, guess, out, 6); assert(out[0] == 0); assert(out[1] == 0); assert(out[2] == 0); assert(out[3] == 0); assert(out[4] == 3); assert(out[5] == 3); }
    { int game[] = {0, 5, 0, 0, 0, 4}; int guess[] = {4, 1, 1, 0, 0, -2}; int out[16] = {0}; compare(game, guess, out, 6); assert(out[0] == 4); assert(out[1] == 4); assert(out[2] == 1); assert(out[3] == 0); assert(out[4] == 0); assert(out[5] == 6); }
    { int game[] = {1, 2, 3, 4, 5, 1}; int guess[] = {1, 2, 3, 4, 2, -2}; int out[16] = {0}; compare(game, guess, out, 6); assert(out[0] == 0); assert(out[1] == 0); assert(out[2] == 0); assert(out[3] == 0); assert(out[4] == 3); assert(out[5] == 3); }
    { int game[] = {0, 0, 0, 0, 0, 0}; int guess[] = {0, 0, 0, 0, 0, 0}; int out[16] = {0}; compare(game, guess, out, 6); assert(out[0] == 0); assert(out[1] == 0); assert(out[2] == 0); assert(out[3] == 0); assert(out[4] == 0); assert(out[5] == 0); }
    { int game[] = {1, 2, 3}; int guess[] = {-1, -2, -3}; int out[16] = {0}; compare(game, guess, out, 3); assert(out[0] == 2); assert(out[1] == 4); assert(out[2] == 6); }
    { int game[] = {1, 2, 3, 5}; int guess[] = {-1, 2, 3, 4}; int out[16] = {0}; compare(game, guess, out, 4); assert(out[0] == 2); assert(out[1] == 0); assert(out[2] == 0); assert(out[3] == 1); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed compare.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: both arrays share one length, passed last.
