//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
/*
Returns encoded string by cycling groups of three characters.
The returned string is allocated with malloc; the caller frees it.
*/
char *encode_cyclic(const char *s) {
    int l = strlen(s);
    char *out = malloc(l + 1);
    strcpy(out, s);
    for (int i = 0; i + 3 <= l; i += 3) {
        out[i] = s[i + 1];
        out[i + 1] = s[i + 2];
        out[i + 2] = s[i];
    }
    return out;
}
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *decode_cyclic(const char *s) {
//@@ solution
    int l = strlen(s);
    char *out = malloc(l + 1);
    strcpy(out, s);
    for (int i = 0; i + 3 <= l; i += 3) {
        out[i] = s[i + 2];
        out[i + 1] = s[i];
        out[i + 2] = s[i + 1];
    }
    return out;
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
        char str[32];
        int l = 10 + rand() % 11;
        for (int j = 0; j < l; j++) str[j] = letters[rand() % 26];
        str[l] = '\0';
        char *encoded = encode_cyclic(str);
        char *decoded = decode_cyclic(encoded);
        assert(strcmp(decoded, str) == 0);
        free(encoded);
        free(decoded);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed decode_cyclic.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: LLM4Decompile merged encode and decode behind a flag; reshaped to HumanEval's form: helper encode_cyclic (in place) in the prompt, entry decode_cyclic (in place); test by hand from the C++ test (random strings, seeded).
Hand (C conventions): helper and entry return malloc'd strings (were in place).
