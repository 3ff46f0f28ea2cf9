//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_size.
//@@ signature
int *unique(int *l, int size, int *out_size) {
//@@ solution
    int *out = malloc(size * sizeof(int));
    int found, out_count = 0, i, j;
    for (i = 0; i < size; i++) {
        found = 0;
        for (j = 0; j < out_count; j++) {
            if (l[i] == out[j]) {
                found = 1;
                break;
            }
        }
        if (!found) {
            out[out_count++] = l[i];
        }
    }

    for (i = 0; i < out_count - 1; i++) {
        for (j = i + 1; j < out_count; j++) {
            if (out[i] > out[j]) {
                int temp = out[i];
                out[i] = out[j];
                out[j] = temp;
            }
        }
    }

    *out_size = out_count;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {5, 3, 5, 2, 3, 3, 9, 0, 123};
        int n = -1;
        int *r = unique(a0, 9, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 5);
        assert(r[4] == 9);
        assert(r[5] == 123);
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
        int a0[] = {5, 3, 5, 2, 3, 3, 9, 0, 123};
        int n = -1;
        int *r = unique(a0, 9, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 5);
        assert(r[4] == 9);
        assert(r[5] == 123);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed unique.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
