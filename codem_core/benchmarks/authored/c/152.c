//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
game and guess both have length elements.
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *compare(const int *game, const int *guess, int length, int *out_len) {
//@@ solution
    int *out = malloc((length > 0 ? length : 1) * sizeof(int));
    for (int i = 0; i < length; i++) {
        out[i] = abs(game[i] - guess[i]);
    }
    *out_len = length;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3, 4, 5, 1};
        int a1[] = {1, 2, 3, 4, 2, -2};
        int n = -1;
        int *r = compare(a0, a1, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 0);
        assert(r[2] == 0);
        assert(r[3] == 0);
        assert(r[4] == 3);
        assert(r[5] == 3);
        free(r);
    }
    {
        int a0[] = {0, 5, 0, 0, 0, 4};
        int a1[] = {4, 1, 1, 0, 0, -2};
        int n = -1;
        int *r = compare(a0, a1, 6, &n);
        assert(n == 6);
        assert(r[0] == 4);
        assert(r[1] == 4);
        assert(r[2] == 1);
        assert(r[3] == 0);
        assert(r[4] == 0);
        assert(r[5] == 6);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 1};
        int a1[] = {1, 2, 3, 4, 2, -2};
        int n = -1;
        int *r = compare(a0, a1, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 0);
        assert(r[2] == 0);
        assert(r[3] == 0);
        assert(r[4] == 3);
        assert(r[5] == 3);
        free(r);
    }
    {
        int a0[] = {0, 0, 0, 0, 0, 0};
        int a1[] = {0, 0, 0, 0, 0, 0};
        int n = -1;
        int *r = compare(a0, a1, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 0);
        assert(r[2] == 0);
        assert(r[3] == 0);
        assert(r[4] == 0);
        assert(r[5] == 0);
        free(r);
    }
    {
        int a0[] = {1, 2, 3};
        int a1[] = {-1, -2, -3};
        int n = -1;
        int *r = compare(a0, a1, 3, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 6);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 5};
        int a1[] = {-1, 2, 3, 4};
        int n = -1;
        int *r = compare(a0, a1, 4, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 0);
        assert(r[2] == 0);
        assert(r[3] == 1);
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
        int a0[] = {1, 2, 3, 4, 5, 1};
        int a1[] = {1, 2, 3, 4, 2, -2};
        int n = -1;
        int *r = compare(a0, a1, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 0);
        assert(r[2] == 0);
        assert(r[3] == 0);
        assert(r[4] == 3);
        assert(r[5] == 3);
        free(r);
    }
    {
        int a0[] = {0, 5, 0, 0, 0, 4};
        int a1[] = {4, 1, 1, 0, 0, -2};
        int n = -1;
        int *r = compare(a0, a1, 6, &n);
        assert(n == 6);
        assert(r[0] == 4);
        assert(r[1] == 4);
        assert(r[2] == 1);
        assert(r[3] == 0);
        assert(r[4] == 0);
        assert(r[5] == 6);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed compare.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd array + out_len.
