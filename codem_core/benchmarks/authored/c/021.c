//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
void rescale_to_unit(float *numbers, int size) {
//@@ solution
    float min = numbers[0], max = numbers[0];
    for (int i = 1; i < size; i++) {
        if (numbers[i] < min) min = numbers[i];
        if (numbers[i] > max) max = numbers[i];
    }
    for (int i = 0; i < size; i++) {
        numbers[i] = (numbers[i] - min) / (max - min);
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {2.0f, 49.9f};
        rescale_to_unit(a0, 2);
        assert(fabs(a0[0] - 0.0) < 1e-4);
        assert(fabs(a0[1] - 1.0) < 1e-4);
    }
    {
        float a0[] = {100.0f, 49.9f};
        rescale_to_unit(a0, 2);
        assert(fabs(a0[0] - 1.0) < 1e-4);
        assert(fabs(a0[1] - 0.0) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f};
        rescale_to_unit(a0, 5);
        assert(fabs(a0[0] - 0.0) < 1e-4);
        assert(fabs(a0[1] - 0.25) < 1e-4);
        assert(fabs(a0[2] - 0.5) < 1e-4);
        assert(fabs(a0[3] - 0.75) < 1e-4);
        assert(fabs(a0[4] - 1.0) < 1e-4);
    }
    {
        float a0[] = {2.0f, 1.0f, 5.0f, 3.0f, 4.0f};
        rescale_to_unit(a0, 5);
        assert(fabs(a0[0] - 0.25) < 1e-4);
        assert(fabs(a0[1] - 0.0) < 1e-4);
        assert(fabs(a0[2] - 1.0) < 1e-4);
        assert(fabs(a0[3] - 0.5) < 1e-4);
        assert(fabs(a0[4] - 0.75) < 1e-4);
    }
    {
        float a0[] = {12.0f, 11.0f, 15.0f, 13.0f, 14.0f};
        rescale_to_unit(a0, 5);
        assert(fabs(a0[0] - 0.25) < 1e-4);
        assert(fabs(a0[1] - 0.0) < 1e-4);
        assert(fabs(a0[2] - 1.0) < 1e-4);
        assert(fabs(a0[3] - 0.5) < 1e-4);
        assert(fabs(a0[4] - 0.75) < 1e-4);
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
        rescale_to_unit(a0, 5);
        assert(fabs(a0[0] - 0.0) < 1e-4);
        assert(fabs(a0[1] - 0.25) < 1e-4);
        assert(fabs(a0[2] - 0.5) < 1e-4);
        assert(fabs(a0[3] - 0.75) < 1e-4);
        assert(fabs(a0[4] - 1.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed rescale_to_unit.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
