//@@ header
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
float *rescale_to_unit(const float *numbers, int size, int *out_len) {
//@@ solution
    float min = numbers[0], max = numbers[0];
    for (int i = 1; i < size; i++) {
        if (numbers[i] < min) min = numbers[i];
        if (numbers[i] > max) max = numbers[i];
    }
    float *out = malloc(size * sizeof(float));
    for (int i = 0; i < size; i++) {
        out[i] = (numbers[i] - min) / (max - min);
    }
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
        float a0[] = {2.0f, 49.9f};
        int n = -1;
        float *r = rescale_to_unit(a0, 2, &n);
        assert(n == 2);
        assert(fabs(r[0] - 0.0) < 1e-4);
        assert(fabs(r[1] - 1.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {100.0f, 49.9f};
        int n = -1;
        float *r = rescale_to_unit(a0, 2, &n);
        assert(n == 2);
        assert(fabs(r[0] - 1.0) < 1e-4);
        assert(fabs(r[1] - 0.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f};
        int n = -1;
        float *r = rescale_to_unit(a0, 5, &n);
        assert(n == 5);
        assert(fabs(r[0] - 0.0) < 1e-4);
        assert(fabs(r[1] - 0.25) < 1e-4);
        assert(fabs(r[2] - 0.5) < 1e-4);
        assert(fabs(r[3] - 0.75) < 1e-4);
        assert(fabs(r[4] - 1.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {2.0f, 1.0f, 5.0f, 3.0f, 4.0f};
        int n = -1;
        float *r = rescale_to_unit(a0, 5, &n);
        assert(n == 5);
        assert(fabs(r[0] - 0.25) < 1e-4);
        assert(fabs(r[1] - 0.0) < 1e-4);
        assert(fabs(r[2] - 1.0) < 1e-4);
        assert(fabs(r[3] - 0.5) < 1e-4);
        assert(fabs(r[4] - 0.75) < 1e-4);
        free(r);
    }
    {
        float a0[] = {12.0f, 11.0f, 15.0f, 13.0f, 14.0f};
        int n = -1;
        float *r = rescale_to_unit(a0, 5, &n);
        assert(n == 5);
        assert(fabs(r[0] - 0.25) < 1e-4);
        assert(fabs(r[1] - 0.0) < 1e-4);
        assert(fabs(r[2] - 1.0) < 1e-4);
        assert(fabs(r[3] - 0.5) < 1e-4);
        assert(fabs(r[4] - 0.75) < 1e-4);
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
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f};
        int n = -1;
        float *r = rescale_to_unit(a0, 5, &n);
        assert(n == 5);
        assert(fabs(r[0] - 0.0) < 1e-4);
        assert(fabs(r[1] - 0.25) < 1e-4);
        assert(fabs(r[2] - 0.5) < 1e-4);
        assert(fabs(r[3] - 0.75) < 1e-4);
        assert(fabs(r[4] - 1.0) < 1e-4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed rescale_to_unit.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): in place -> returned malloc'd array + out_len (the input is const).
