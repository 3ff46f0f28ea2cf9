//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
long long minSubArraySum(long long *nums, int size) {
//@@ solution
    long long current = nums[0];
    long long min = nums[0];
    for (int i = 1; i < size; i++) {
        current = current < 0 ? current + nums[i] : nums[i];
        if (current < min) min = current;
    }
    return min;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        long long a0[] = {2, 3, 4, 1, 2, 4};
        assert(minSubArraySum(a0, 6) == 1);
    }
    {
        long long a0[] = {-1, -2, -3};
        assert(minSubArraySum(a0, 3) == -6);
    }
    {
        long long a0[] = {-1, -2, -3, 2, -10};
        assert(minSubArraySum(a0, 5) == -14);
    }
    {
        long long a0[] = {-9999999999999999LL};
        assert(minSubArraySum(a0, 1) == -9999999999999999LL);
    }
    {
        long long a0[] = {0, 10, 20, 1000000};
        assert(minSubArraySum(a0, 4) == 0);
    }
    {
        long long a0[] = {-1, -2, -3, 10, -5};
        assert(minSubArraySum(a0, 5) == -6);
    }
    {
        long long a0[] = {100, -1, -2, -3, 10, -5};
        assert(minSubArraySum(a0, 6) == -6);
    }
    {
        long long a0[] = {10, 11, 13, 8, 3, 4};
        assert(minSubArraySum(a0, 6) == 3);
    }
    {
        long long a0[] = {100, -33, 32, -1, 0, -2};
        assert(minSubArraySum(a0, 6) == -33);
    }
    {
        long long a0[] = {-10};
        assert(minSubArraySum(a0, 1) == -10);
    }
    {
        long long a0[] = {7};
        assert(minSubArraySum(a0, 1) == 7);
    }
    {
        long long a0[] = {1, -1};
        assert(minSubArraySum(a0, 2) == -1);
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
        long long a0[] = {2, 3, 4, 1, 2, 4};
        assert(minSubArraySum(a0, 6) == 1);
    }
    {
        long long a0[] = {-1, -2, -3};
        assert(minSubArraySum(a0, 3) == -6);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed minSubArraySum.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
