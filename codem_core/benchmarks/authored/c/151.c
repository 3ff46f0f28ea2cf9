//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
long long double_the_difference(float lst[], int lst_size) {
//@@ solution
    long long sum = 0;
    for (int i = 0; i < lst_size; i++) {
        if (fabs(lst[i] - round(lst[i])) < 1e-4) {
            if (lst[i] > 0 && (int)(round(lst[i])) % 2 == 1) {
                sum += (int)(round(lst[i])) * (int)(round(lst[i]));
            }
        }
    }
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { float lst[] = {0}; assert(double_the_difference(lst, 0) == 0); }
    { float lst[] = {5.0, 4.0}; assert(double_the_difference(lst, 2) == 25); }
    { float lst[] = {0.1, 0.2, 0.3}; assert(double_the_difference(lst, 3) == 0); }
    { float lst[] = {-10.0, -20.0, -30.0}; assert(double_the_difference(lst, 3) == 0); }
    { float lst[] = {-1.0, -2.0, 8.0}; assert(double_the_difference(lst, 3) == 0); }
    { float lst[] = {0.2, 3.0, 5.0}; assert(double_the_difference(lst, 3) == 34); }
    { float lst[199]; long long odd_sum = 0; int n = 0;
      for (int i = -99; i < 100; i += 2) { lst[n++] = (float)i; if (i > 0 && i % 2 == 1) odd_sum += (long long)i * i; }
      assert(double_the_difference(lst, n) == odd_sum); }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 3.0f, 2.0f, 0.0f};
        assert(double_the_difference(a0, 4) == 10);
    }
    {
        float a0[] = {-1.0f, -2.0f, 0.0f};
        assert(double_the_difference(a0, 3) == 0);
    }
    {
        float a0[] = {9.0f, -2.0f};
        assert(double_the_difference(a0, 2) == 81);
    }
    {
        float a0[] = {0.0f};
        assert(double_the_difference(a0, 1) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed double_the_difference.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (loop kept).
