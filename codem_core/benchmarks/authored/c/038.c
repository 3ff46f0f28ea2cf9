//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
/*
Encodes s in place by cycling groups of three characters.
*/
void encode_cyclic(char *s) {
    int l = strlen(s);
    for (int i = 0; i + 3 <= l; i += 3) {
        char first = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = first;
    }
}
//@@ doc_append
Decodes s in place.
//@@ signature
void decode_cyclic(char *s) {
//@@ solution
    int l = strlen(s);
    for (int i = 0; i + 3 <= l; i += 3) {
        char last = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = last;
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    srand(38);
    const char *letters = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < 100; i++) {
        char str[32], encoded[32];
        int l = 10 + rand() % 11;
        for (int j = 0; j < l; j++) str[j] = letters[rand() % 26];
        str[l] = '\0';
        strcpy(encoded, str);
        encode_cyclic(encoded);
        decode_cyclic(encoded);
        assert(strcmp(encoded, str) == 0);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed decode_cyclic.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: LLM4Decompile merged encode and decode behind a flag; reshaped to HumanEval's form: helper encode_cyclic (in place) in the prompt, entry decode_cyclic (in place); test by hand from the C++ test (random strings, seeded).
