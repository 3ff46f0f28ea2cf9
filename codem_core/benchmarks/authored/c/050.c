//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
/*
Encodes s in place by shifting every character by 5 in the alphabet.
*/
void encode_shift(char *s) {
    for (int i = 0; s[i]; i++) s[i] = (char)((s[i] - 'a' + 5) % 26 + 'a');
}
//@@ doc_append
s holds lowercase letters; decodes it in place.
//@@ signature
void decode_shift(char *s) {
//@@ solution
    for (int i = 0; s[i]; i++) s[i] = (char)((s[i] - 'a' + 21) % 26 + 'a');
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    srand(50);
    const char *letters = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < 100; i++) {
        char str[32], encoded[32];
        int l = 10 + rand() % 11;
        for (int j = 0; j < l; j++) str[j] = letters[rand() % 26];
        str[l] = '\0';
        strcpy(encoded, str);
        encode_shift(encoded);
        decode_shift(encoded);
        assert(strcmp(encoded, str) == 0);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed decode_shift.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: LLM4Decompile merged encode and decode behind a flag; reshaped to HumanEval's form: helper encode_shift (in place) in the prompt, entry decode_shift (in place); test by hand from the C++ test (random strings, seeded).
