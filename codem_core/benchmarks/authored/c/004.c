//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
float mean_absolute_deviation(float numbers[], int size) {
//@@ solution
    float sum = 0;
    float avg, msum, mavg;
    int i = 0;

    for (i = 0; i < size; i++)
        sum += numbers[i];

    avg = sum / size;
    msum = 0;

    for (i = 0; i < size; i++)
        msum += fabs(numbers[i] - avg);

    return msum / size;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        assert(fabs(mean_absolute_deviation(a0, 3) - 0.6666666666666666) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f};
        assert(fabs(mean_absolute_deviation(a0, 4) - 1.0) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f};
        assert(fabs(mean_absolute_deviation(a0, 5) - 1.2) < 1e-4);
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
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f};
        assert(fabs(mean_absolute_deviation(a0, 4) - 1.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed mean_absolute_deviation.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
