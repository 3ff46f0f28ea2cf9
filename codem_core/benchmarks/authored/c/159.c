//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
int *eat(int number, int need, int remaining, int *out_len) {
//@@ solution
    int *out = malloc(2 * sizeof(int));
    if (need > remaining) {
        out[0] = number + remaining;
        out[1] = 0;
    } else {
        out[0] = number + need;
        out[1] = remaining - need;
    }
    *out_len = 2;
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
        int *r = eat(5, 6, 10, &n);
        assert(n == 2);
        assert(r[0] == 11);
        assert(r[1] == 4);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(4, 8, 9, &n);
        assert(n == 2);
        assert(r[0] == 12);
        assert(r[1] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(1, 10, 10, &n);
        assert(n == 2);
        assert(r[0] == 11);
        assert(r[1] == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(2, 11, 5, &n);
        assert(n == 2);
        assert(r[0] == 7);
        assert(r[1] == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(4, 5, 7, &n);
        assert(n == 2);
        assert(r[0] == 9);
        assert(r[1] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(4, 5, 1, &n);
        assert(n == 2);
        assert(r[0] == 5);
        assert(r[1] == 0);
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
        int *r = eat(5, 6, 10, &n);
        assert(n == 2);
        assert(r[0] == 11);
        assert(r[1] == 4);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(4, 8, 9, &n);
        assert(n == 2);
        assert(r[0] == 12);
        assert(r[1] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(1, 10, 10, &n);
        assert(n == 2);
        assert(r[0] == 11);
        assert(r[1] == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = eat(2, 11, 5, &n);
        assert(n == 2);
        assert(r[0] == 7);
        assert(r[1] == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed eat.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer result[2] -> returned malloc'd array + out_len.
