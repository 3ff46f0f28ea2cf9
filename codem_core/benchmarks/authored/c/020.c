//@@ header
#include <stdio.h>
#include <math.h>
#include <float.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array {smaller, larger} is allocated with malloc; the caller frees it.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
float *find_closest_elements(const float *numbers, int size, int *out_len) {
//@@ solution
    float min_diff = FLT_MAX;
    int i, j;
    float *out = malloc(2 * sizeof(float));

    out[0] = numbers[0];
    out[1] = numbers[1];

    for (i = 0; i < size; i++) {
        for (j = i + 1; j < size; j++) {
            float diff = fabs(numbers[i] - numbers[j]);
            if (diff < min_diff) {
                min_diff = diff;
                out[0] = numbers[i];
                out[1] = numbers[j];
            }
        }
    }

    if (out[0] > out[1]) {
        float temp = out[0];
        out[0] = out[1];
        out[1] = temp;
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
        float a0[] = {1.0f, 2.0f, 3.9f, 4.0f, 5.0f, 2.2f};
        int n = -1;
        float *r = find_closest_elements(a0, 6, &n);
        assert(n == 2);
        assert(fabs(r[0] - 3.9) < 1e-4);
        assert(fabs(r[1] - 4.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 5.9f, 4.0f, 5.0f};
        int n = -1;
        float *r = find_closest_elements(a0, 5, &n);
        assert(n == 2);
        assert(fabs(r[0] - 5.0) < 1e-4);
        assert(fabs(r[1] - 5.9) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.2f};
        int n = -1;
        float *r = find_closest_elements(a0, 6, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 2.2) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.0f};
        int n = -1;
        float *r = find_closest_elements(a0, 6, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 2.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.1f, 2.2f, 3.1f, 4.1f, 5.1f};
        int n = -1;
        float *r = find_closest_elements(a0, 5, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.2) < 1e-4);
        assert(fabs(r[1] - 3.1) < 1e-4);
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
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.2f};
        int n = -1;
        float *r = find_closest_elements(a0, 6, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 2.2) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.0f};
        int n = -1;
        float *r = find_closest_elements(a0, 6, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 2.0) < 1e-4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed find_closest_elements.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out[2] -> returned malloc'd array + out_len.
