//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The map is returned as an array of 26 counts, one per letter 'a'..'z': a letter's count if the letter is in the map, else 0.
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result (26) is stored in *out_len.
//@@ signature
int *histogram(const char *test, int *out_len) {
//@@ solution
    int *out = calloc(26, sizeof(int));
    int freq[26] = {0};
    int max = 0;

    for (const char *p = test; *p; p++) {
        if (*p >= 'a' && *p <= 'z') {
            int k = *p - 'a';
            freq[k]++;
            if (freq[k] > max) max = freq[k];
        }
    }

    for (int i = 0; i < 26; i++) {
        if (max > 0 && freq[i] == max) out[i] = max;
    }
    *out_len = 26;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int n = -1; int want[26] = {2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; int *r = histogram("a b b a", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; int *r = histogram("a b c a b", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; int *r = histogram("a b c d g", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0}; int *r = histogram("r t g", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; int *r = histogram("b b b b a", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0}; int *r = histogram("r t g", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; int *r = histogram("", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    { int n = -1; int want[26] = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; int *r = histogram("a", &n); assert(n == 26); for (int k = 0; k < 26; k++) assert(r[k] == want[k]); free(r); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed histogram.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (a map has no C literal): the expected map as 26 counts per letter.
Hand (C conventions): caller buffers freq / letters + *max_count -> the map as a returned malloc'd array of 26 counts + out_len.
