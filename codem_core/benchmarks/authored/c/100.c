//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *make_a_pile(int n, int *out_len) {
//@@ solution
    int* out = (int*)malloc((n > 0 ? n : 1) * sizeof(int));
    *out = n;
    for (int i = 1; i < n; i++)
        *(out + i) = *(out + i - 1) + 2;
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
        int *r = make_a_pile(3, &n);
        assert(n == 3);
        assert(r[0] == 3);
        assert(r[1] == 5);
        assert(r[2] == 7);
        free(r);
    }
    {
        int n = -1;
        int *r = make_a_pile(4, &n);
        assert(n == 4);
        assert(r[0] == 4);
        assert(r[1] == 6);
        assert(r[2] == 8);
        assert(r[3] == 10);
        free(r);
    }
    {
        int n = -1;
        int *r = make_a_pile(5, &n);
        assert(n == 5);
        assert(r[0] == 5);
        assert(r[1] == 7);
        assert(r[2] == 9);
        assert(r[3] == 11);
        assert(r[4] == 13);
        free(r);
    }
    {
        int n = -1;
        int *r = make_a_pile(6, &n);
        assert(n == 6);
        assert(r[0] == 6);
        assert(r[1] == 8);
        assert(r[2] == 10);
        assert(r[3] == 12);
        assert(r[4] == 14);
        assert(r[5] == 16);
        free(r);
    }
    {
        int n = -1;
        int *r = make_a_pile(8, &n);
        assert(n == 8);
        assert(r[0] == 8);
        assert(r[1] == 10);
        assert(r[2] == 12);
        assert(r[3] == 14);
        assert(r[4] == 16);
        assert(r[5] == 18);
        assert(r[6] == 20);
        assert(r[7] == 22);
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
        int *r = make_a_pile(3, &n);
        assert(n == 3);
        assert(r[0] == 3);
        assert(r[1] == 5);
        assert(r[2] == 7);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed make_a_pile.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added (returned arrays carry their length).
