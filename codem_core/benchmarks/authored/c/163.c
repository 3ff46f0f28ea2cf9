//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *generate_integers(int a, int b, int *out_len) {
//@@ solution
    int m;
    int *out = malloc(10 * sizeof(int));
    int n = 0;

    if (b < a) {
        m = a;
        a = b;
        b = m;
    }

    for (int i = a; i <= b; i++) {
        if (i < 10 && i % 2 == 0) {
            out[n++] = i;
        }
    }
    *out_len = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = generate_integers(2, 10, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 6);
        assert(r[3] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = generate_integers(10, 2, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 6);
        assert(r[3] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = generate_integers(132, 2, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 6);
        assert(r[3] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = generate_integers(17, 89, &n);
        assert(n == 0);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = generate_integers(2, 8, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 6);
        assert(r[3] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = generate_integers(8, 2, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 6);
        assert(r[3] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = generate_integers(10, 14, &n);
        assert(n == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed generate_integers.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd array + out_len.
