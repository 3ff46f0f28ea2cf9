//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
void sort_even(float *l, int size, float *out) {
//@@ solution
    float *even = malloc((size / 2 + 1) * sizeof(float));
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
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        float out[1024] = {0};
        sort_even(a0, 3, out);
        assert(fabs(out[0] - 1.0) < 1e-4);
        assert(fabs(out[1] - 2.0) < 1e-4);
        assert(fabs(out[2] - 3.0) < 1e-4);
    }
    {
        float a0[] = {5.0f, 3.0f, -5.0f, 2.0f, -3.0f, 3.0f, 9.0f, 0.0f, 123.0f, 1.0f, -10.0f};
        float out[1024] = {0};
        sort_even(a0, 11, out);
        assert(fabs(out[0] - -10.0) < 1e-4);
        assert(fabs(out[1] - 3.0) < 1e-4);
        assert(fabs(out[2] - -5.0) < 1e-4);
        assert(fabs(out[3] - 2.0) < 1e-4);
        assert(fabs(out[4] - -3.0) < 1e-4);
        assert(fabs(out[5] - 3.0) < 1e-4);
        assert(fabs(out[6] - 5.0) < 1e-4);
        assert(fabs(out[7] - 0.0) < 1e-4);
        assert(fabs(out[8] - 9.0) < 1e-4);
        assert(fabs(out[9] - 1.0) < 1e-4);
        assert(fabs(out[10] - 123.0) < 1e-4);
    }
    {
        float a0[] = {5.0f, 8.0f, -12.0f, 4.0f, 23.0f, 2.0f, 3.0f, 11.0f, 12.0f, -10.0f};
        float out[1024] = {0};
        sort_even(a0, 10, out);
        assert(fabs(out[0] - -12.0) < 1e-4);
        assert(fabs(out[1] - 8.0) < 1e-4);
        assert(fabs(out[2] - 3.0) < 1e-4);
        assert(fabs(out[3] - 4.0) < 1e-4);
        assert(fabs(out[4] - 5.0) < 1e-4);
        assert(fabs(out[5] - 2.0) < 1e-4);
        assert(fabs(out[6] - 12.0) < 1e-4);
        assert(fabs(out[7] - 11.0) < 1e-4);
        assert(fabs(out[8] - 23.0) < 1e-4);
        assert(fabs(out[9] - -10.0) < 1e-4);
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
        float out[1024] = {0};
        sort_even(a0, 3, out);
        assert(fabs(out[0] - 1.0) < 1e-4);
        assert(fabs(out[1] - 2.0) < 1e-4);
        assert(fabs(out[2] - 3.0) < 1e-4);
    }
    {
        float a0[] = {5.0f, 6.0f, 3.0f, 4.0f};
        float out[1024] = {0};
        sort_even(a0, 4, out);
        assert(fabs(out[0] - 3.0) < 1e-4);
        assert(fabs(out[1] - 6.0) < 1e-4);
        assert(fabs(out[2] - 5.0) < 1e-4);
        assert(fabs(out[3] - 4.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_even.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
