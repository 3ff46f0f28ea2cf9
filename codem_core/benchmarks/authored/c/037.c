//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
float *sort_even(const float *l, int size, int *out_len) {
//@@ solution
    float *even = malloc((size / 2 + 1) * sizeof(float));
    float *out = malloc((size > 0 ? size : 1) * sizeof(float));
    int i, j, even_count = 0;

    for (i = 0; i < size; i += 2) {
        even[even_count++] = l[i];
    }

    for (i = 0; i < even_count - 1; i++) {
        for (j = 0; j < even_count - i - 1; j++) {
            if (even[j] > even[j + 1]) {
                float temp = even[j];
                even[j] = even[j + 1];
                even[j + 1] = temp;
            }
        }
    }

    // Merging even-indexed sorted and odd-indexed as they are
    for (i = 0; i < size; i++) {
        if (i % 2 == 0) {
            out[i] = even[i / 2];
        } else {
            out[i] = l[i];
        }
    }

    free(even);
    *out_len = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        int n = -1;
        float *r = sort_even(a0, 3, &n);
        assert(n == 3);
        assert(fabs(r[0] - 1.0) < 1e-4);
        assert(fabs(r[1] - 2.0) < 1e-4);
        assert(fabs(r[2] - 3.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {5.0f, 3.0f, -5.0f, 2.0f, -3.0f, 3.0f, 9.0f, 0.0f, 123.0f, 1.0f, -10.0f};
        int n = -1;
        float *r = sort_even(a0, 11, &n);
        assert(n == 11);
        assert(fabs(r[0] - -10.0) < 1e-4);
        assert(fabs(r[1] - 3.0) < 1e-4);
        assert(fabs(r[2] - -5.0) < 1e-4);
        assert(fabs(r[3] - 2.0) < 1e-4);
        assert(fabs(r[4] - -3.0) < 1e-4);
        assert(fabs(r[5] - 3.0) < 1e-4);
        assert(fabs(r[6] - 5.0) < 1e-4);
        assert(fabs(r[7] - 0.0) < 1e-4);
        assert(fabs(r[8] - 9.0) < 1e-4);
        assert(fabs(r[9] - 1.0) < 1e-4);
        assert(fabs(r[10] - 123.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {5.0f, 8.0f, -12.0f, 4.0f, 23.0f, 2.0f, 3.0f, 11.0f, 12.0f, -10.0f};
        int n = -1;
        float *r = sort_even(a0, 10, &n);
        assert(n == 10);
        assert(fabs(r[0] - -12.0) < 1e-4);
        assert(fabs(r[1] - 8.0) < 1e-4);
        assert(fabs(r[2] - 3.0) < 1e-4);
        assert(fabs(r[3] - 4.0) < 1e-4);
        assert(fabs(r[4] - 5.0) < 1e-4);
        assert(fabs(r[5] - 2.0) < 1e-4);
        assert(fabs(r[6] - 12.0) < 1e-4);
        assert(fabs(r[7] - 11.0) < 1e-4);
        assert(fabs(r[8] - 23.0) < 1e-4);
        assert(fabs(r[9] - -10.0) < 1e-4);
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
        float a0[] = {1.0f, 2.0f, 3.0f};
        int n = -1;
        float *r = sort_even(a0, 3, &n);
        assert(n == 3);
        assert(fabs(r[0] - 1.0) < 1e-4);
        assert(fabs(r[1] - 2.0) < 1e-4);
        assert(fabs(r[2] - 3.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {5.0f, 6.0f, 3.0f, 4.0f};
        int n = -1;
        float *r = sort_even(a0, 4, &n);
        assert(n == 4);
        assert(fabs(r[0] - 3.0) < 1e-4);
        assert(fabs(r[1] - 6.0) < 1e-4);
        assert(fabs(r[2] - 5.0) < 1e-4);
        assert(fabs(r[3] - 4.0) < 1e-4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_even.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd array + out_len.
