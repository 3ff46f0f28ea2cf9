//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
/*
Returns encoded string by shifting every character by 5 in the alphabet.
The returned string is allocated with malloc; the caller frees it.
*/
char *encode_shift(const char *s) {
    int l = strlen(s);
    char *out = malloc(l + 1);
    for (int i = 0; i < l; i++) out[i] = (char)((s[i] - 'a' + 5) % 26 + 'a');
    out[l] = '\0';
    return out;
}
//@@ doc_append
s holds lowercase letters.
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *decode_shift(const char *s) {
//@@ solution
    int l = strlen(s);
    char *out = malloc(l + 1);
    for (int i = 0; i < l; i++) out[i] = (char)((s[i] - 'a' + 21) % 26 + 'a');
    out[l] = '\0';
    return out;
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
        char str[32];
        int l = 10 + rand() % 11;
        for (int j = 0; j < l; j++) str[j] = letters[rand() % 26];
        str[l] = '\0';
        char *encoded = encode_shift(str);
        char *decoded = decode_shift(encoded);
        assert(strcmp(decoded, str) == 0);
        free(encoded);
        free(decoded);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed decode_shift.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: LLM4Decompile merged encode and decode behind a flag; reshaped to HumanEval's form: helper encode_shift (in place) in the prompt, entry decode_shift (in place); test by hand from the C++ test (random strings, seeded).
Hand (C conventions): helper and entry return malloc'd strings (were in place).
